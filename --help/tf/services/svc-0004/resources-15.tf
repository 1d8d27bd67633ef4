resource "aws_lambda_function" "r15_0" {
  name = "${local.name}-15-0"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 10856 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r15_1" {
  name = "${local.name}-15-1"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 57607 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r15_2" {
  name = "${local.name}-15-2"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 52348 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r15_3" {
  name = "${local.name}-15-3"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 97590 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r15_4" {
  name = "${local.name}-15-4"
  tags = merge(local.tags, { part = "15" })
  description = "generated resource 46011 for benchmarks; mentions 0.0.0.0/0 only in text"
}

