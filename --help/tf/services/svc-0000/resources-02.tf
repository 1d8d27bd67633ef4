resource "aws_iam_role" "r2_0" {
  name = "${local.name}-2-0"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 21012 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r2_1" {
  name = "${local.name}-2-1"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 53404 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r2_2" {
  name = "${local.name}-2-2"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 27113 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r2_3" {
  name = "${local.name}-2-3"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 76717 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r2_4" {
  name = "${local.name}-2-4"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 81566 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r2_5" {
  name = "${local.name}-2-5"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 71821 for benchmarks; mentions 0.0.0.0/0 only in text"
}

