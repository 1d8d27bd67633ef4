resource "aws_iam_role" "r32_0" {
  name = "${local.name}-32-0"
  tags = merge(local.tags, { part = "32" })
  description = "generated resource 7582 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r32_1" {
  name = "${local.name}-32-1"
  tags = merge(local.tags, { part = "32" })
  description = "generated resource 31140 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r32_2" {
  name = "${local.name}-32-2"
  tags = merge(local.tags, { part = "32" })
  description = "generated resource 54933 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r32_3" {
  name = "${local.name}-32-3"
  tags = merge(local.tags, { part = "32" })
  description = "generated resource 84569 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r32_4" {
  name = "${local.name}-32-4"
  tags = merge(local.tags, { part = "32" })
  description = "generated resource 18357 for benchmarks; mentions 0.0.0.0/0 only in text"
}

