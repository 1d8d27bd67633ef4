resource "aws_sqs_queue" "r24_0" {
  name = "${local.name}-24-0"
  tags = merge(local.tags, { part = "24" })
  description = "generated resource 33211 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r24_1" {
  name = "${local.name}-24-1"
  tags = merge(local.tags, { part = "24" })
  description = "generated resource 55799 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r24_2" {
  name = "${local.name}-24-2"
  tags = merge(local.tags, { part = "24" })
  description = "generated resource 81736 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r24_3" {
  name = "${local.name}-24-3"
  tags = merge(local.tags, { part = "24" })
  description = "generated resource 85422 for benchmarks; mentions 0.0.0.0/0 only in text"
}

